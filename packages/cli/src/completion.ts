// `civis-ts completion bash|zsh|fish`: shell completion generated from the command table, so it offers
// exactly this version's commands, options and enum values. The scripts hold the table; nothing runs
// civis-ts (or Node) at a tab press.
import { EXIT, UsageError } from './errors.js';
import { write } from './output.js';
import { type Command, REGISTRY, type Runner } from './registry.js';

interface Tree {
  /** Group (or '' for the top) → the words that may follow it. */
  groups: Map<string, string[]>;
  /** Command id → its options, each with the words its value may be (none: any text; `[]`: a flag). */
  commands: Map<string, { options: Map<string, string[] | undefined>; positional?: 'files' | string[] }>;
}

export function tree(commands: readonly Command[] = REGISTRY): Tree {
  const groups = new Map<string, string[]>();
  const add = (group: string, word: string) => {
    const words = groups.get(group) ?? [];
    if (!words.includes(word)) words.push(word);
    groups.set(group, words);
  };
  const out: Tree['commands'] = new Map();
  for (const command of commands) {
    const words = command.id.split(' ');
    words.forEach((word, i) => {
      add(words.slice(0, i).join(' '), word);
    });
    const options = new Map<string, string[] | undefined>();
    for (const arg of command.options) {
      if (arg.type === 'boolean') {
        options.set(`--${arg.name}`, []);
        options.set(`--no-${arg.name}`, []);
      } else options.set(`--${arg.name}`, arg.enum);
    }
    for (const flag of command.flags) {
      options.set(`--${flag.name}`, flag.type === 'boolean' ? [] : undefined);
      if (flag.short) options.set(`-${flag.short}`, flag.type === 'boolean' ? [] : undefined);
    }
    out.set(command.id, { options, positional: command.complete });
  }
  add('', 'help');
  return { groups, commands: out };
}

const q = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

export function bashScript(t: Tree = tree()): string {
  const nodes = [...new Set([...t.groups.keys(), ...t.commands.keys()])].filter((n) => n !== '');
  const words = [...t.groups].map(([group, next]) => `    ${q(group)}) echo ${q(next.join(' '))} ;;`);
  const options = [...t.commands].map(
    ([id, c]) => `    ${q(id)}) echo ${q([...c.options.keys()].join(' '))} ;;`,
  );
  const takesValue = [...t.commands].flatMap(([id, c]) =>
    [...c.options].filter(([, v]) => v === undefined || v.length > 0).map(([o]) => `${id}|${o}`),
  );
  const values = [...t.commands].flatMap(([id, c]) =>
    [...c.options]
      .filter(([, v]) => v && v.length > 0)
      .map(([o, v]) => `    ${q(`${id}|${o}`)}) echo ${q((v as string[]).join(' '))} ;;`),
  );
  const positional = [...t.commands]
    .filter(([, c]) => c.positional)
    .map(
      ([id, c]) =>
        `    ${q(id)}) echo ${q(c.positional === 'files' ? '@files' : (c.positional as string[]).join(' '))} ;;`,
    );
  return `# civis-ts completion for bash (generated from the command table by \`civis-ts completion bash\`).
# Load it with:  source <(civis-ts completion bash)
_civis_ts_node() {
  case "$1" in
${nodes.map((n) => `    ${q(n)}) return 0 ;;`).join('\n')}
  esac
  return 1
}
_civis_ts_words() {
  case "$1" in
${words.join('\n')}
  esac
}
_civis_ts_options() {
  case "$1" in
${options.join('\n')}
  esac
}
_civis_ts_takes_value() {
  case "$1" in
${takesValue.map((k) => `    ${q(k)}) return 0 ;;`).join('\n')}
  esac
  return 1
}
_civis_ts_values() {
  case "$1" in
${values.join('\n')}
  esac
}
_civis_ts_positional() {
  case "$1" in
${positional.join('\n')}
  esac
}
_civis_ts() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" path="" i w next
  COMPREPLY=()
  # The command so far: the leading words that name a group or a command.
  for ((i = 1; i < COMP_CWORD; i++)); do
    w="\${COMP_WORDS[i]}"
    next="\${path:+$path }$w"
    if _civis_ts_node "$next"; then path="$next"; else break; fi
  done
  local prev="\${COMP_WORDS[COMP_CWORD - 1]}"
  if [[ $COMP_CWORD -gt 1 ]] && _civis_ts_takes_value "$path|$prev"; then
    local values
    values="$(_civis_ts_values "$path|$prev")"
    [[ -n $values ]] && COMPREPLY=($(compgen -W "$values" -- "$cur"))
    return 0
  fi
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$(_civis_ts_options "$path")" -- "$cur"))
    return 0
  fi
  local words
  words="$(_civis_ts_words "$path")"
  if [[ -n $words && $i -eq $COMP_CWORD ]]; then
    COMPREPLY=($(compgen -W "$words" -- "$cur"))
    return 0
  fi
  words="$(_civis_ts_positional "$path")"
  if [[ $words == @files ]]; then
    local IFS=$'\n'
    COMPREPLY=($(compgen -f -- "$cur"))
  elif [[ -n $words ]]; then
    COMPREPLY=($(compgen -W "$words" -- "$cur"))
  fi
  return 0
}
complete -o filenames -o bashdefault -F _civis_ts civis-ts
`;
}

/** zsh runs the bash function through its bashcompinit layer, so both shells complete from one table. */
export function zshScript(t: Tree = tree()): string {
  return `#compdef civis-ts
# civis-ts completion for zsh (generated from the command table by \`civis-ts completion zsh\`).
# Load it with:  source <(civis-ts completion zsh)
autoload -U +X compinit && compinit
autoload -U +X bashcompinit && bashcompinit
${bashScript(t)}`;
}

export function fishScript(t: Tree = tree()): string {
  const nodes = [...new Set([...t.groups.keys(), ...t.commands.keys()])].filter((n) => n !== '');
  // Paths are words of letters and dashes: safe inside the double quotes of a single-quoted condition.
  const at = (path: string) => `'__civis_ts_at "${path}"'`;
  const lines: string[] = [];
  for (const [group, next] of t.groups)
    lines.push(`complete -c civis-ts -n ${at(group)} -a ${q(next.join(' '))}`);
  for (const [id, c] of t.commands) {
    for (const [option, values] of c.options) {
      const name = option.startsWith('--') ? `-l ${option.slice(2)}` : `-s ${option.slice(1)}`;
      const value = values === undefined ? ' -r' : values.length > 0 ? ` -x -a ${q(values.join(' '))}` : '';
      lines.push(`complete -c civis-ts -n ${at(id)} ${name}${value}`);
    }
    if (c.positional === 'files') lines.push(`complete -c civis-ts -n ${at(id)} -F`);
    else if (c.positional) lines.push(`complete -c civis-ts -n ${at(id)} -a ${q(c.positional.join(' '))}`);
  }
  return `# civis-ts completion for fish (generated from the command table by \`civis-ts completion fish\`).
# Install it with:  civis-ts completion fish > ~/.config/fish/completions/civis-ts.fish
set -g __civis_ts_nodes ${nodes.map(q).join(' ')}
function __civis_ts_path
    set -l words (commandline -opc)
    set -e words[1]
    set -l path
    for w in $words
        set -l next (string join ' ' $path $w)
        contains -- $next $__civis_ts_nodes; or break
        set path $path $w
    end
    string join ' ' $path
end
function __civis_ts_at
    set -l path (__civis_ts_path)
    test "$path" = "$argv[1]"
end
complete -c civis-ts -f
${lines.join('\n')}
`;
}

const SCRIPTS: Record<string, () => string> = { bash: bashScript, zsh: zshScript, fish: fishScript };

export const runCompletion: Runner = async (_, { rest }, io) => {
  const shell = rest[0] as string;
  const script = SCRIPTS[shell];
  if (!script)
    throw new UsageError(`no completion for ${JSON.stringify(shell)}: bash, zsh or fish`, 'completion');
  await write(io.stdout, script());
  return EXIT.ok;
};
