//! mistake: Python's `"{}: {}".format(k, v)` (hand-written)
fn main() {
    let env = vec![("HOME", "/root"), ("SHELL", "/bin/sh")];
    let lines: Vec<String> = env.iter().map(|(k, v)| "{}={}".format(k, v)).collect();
    println!("{lines:?}");
}
