//! mistake: `if (m := parse(line)).is_some()` then using `m.0` as if the walrus had unwrapped the `Option` (Python's `if (m := re.match(..))`)
//! offending: m.0
//! category: python-habit
use comprehensions::comp;

fn parse_kv(line: &str) -> Option<(&str, &str)> {
    line.split_once('=')
}

fn main() {
    let cfg = vec!["host=db1", "# comment", "port=5432"];
    // Python: keys = [m.group(1) for line in cfg if (m := KV.match(line))]
    let keys = comp![m.0 for line in &cfg if (m := parse_kv(line)).is_some()];
    println!("{keys:?}");
}
