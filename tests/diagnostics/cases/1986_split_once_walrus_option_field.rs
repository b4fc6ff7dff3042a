//! mistake: bound `line.split_once('=')` with a walrus, tested `.is_some()`, then read `kv.0` from the `Option` without unwrapping it
//! offending: kv.0
//! category: type
use comprehensions::comp;

fn main() {
    let text = "user=ann\n# comment\nshell=/bin/zsh";
    let keys: Vec<&str> = comp![kv.0 for line in text.lines() if (kv := line.split_once('=')).is_some()];
    println!("{keys:?}");
}
