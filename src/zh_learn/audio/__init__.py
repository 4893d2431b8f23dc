"""Audio for vocabulary items: shipped human recordings, chosen and joined per item.

``sources`` chooses a recording and renders MP3 bytes, ``codec`` decodes/encodes (miniaudio,
lameenc, numpy: imported only when sound is made), ``player`` plays through a program found
on the system.
"""
