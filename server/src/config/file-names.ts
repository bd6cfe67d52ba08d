/** The config file names, most preferred first. In a module of its own so the CLI's cache-hit path can use it without loading the config parser (and with it the engine). */
export const CONFIG_FILES = ['.sendlintrc.yaml', '.sendlintrc.yml', 'sendlint.config.json'];
