//! mistake: bound `line.split_once('=')` with a walrus, tested `.is_some()`, then read `kv.0` from the `Option` without unwrapping it
//! offending: kv.0
//! category: type
fn main() {
    let text = "user=ann\n# comment\nshell=/bin/zsh";
    let mut keys: Vec<&str> = Vec::new();
    for line in text.lines() {
        let kv = line.split_once('=');
        if kv.is_some() {
            keys.push(kv.0);
        }
    }
    println!("{keys:?}");
}
