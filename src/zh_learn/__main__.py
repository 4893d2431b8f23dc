from zh_learn.cli.app import cli

if __name__ == "__main__":
    cli(prog_name="zh-learn")
