//! mistake: tested the first character against the string `"#"` as in Python's `line[0] == "#"`; `chars().next()` is an `Option<char>`
//! offending: "#"
//! category: type
use comprehensions::comp;

fn main() {
    let text = "#!/bin/sh\necho hi\n# note\nexit 0";
    let code: Vec<&str> = comp![line for line in text.lines() if line.chars().next() != Some("#")];
    println!("{code:?}");
}
