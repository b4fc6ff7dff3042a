//! mistake: Python's `"{}: {}".format(k, v)`
//! offending: format
//! category: python-habit
use comprehensions::comp;

fn main() {
    let env = vec![("HOME", "/root"), ("SHELL", "/bin/sh")];
    let lines = comp!["{}={}".format(k, v) for (k, v) in &env];
    println!("{lines:?}");
}
