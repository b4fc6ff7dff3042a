//! mistake: prefixed each line with Python's string concatenation `prefix + line`, two `&str`s
//! offending: prefix + line
//! category: type
use comprehensions::comp;

fn main() {
    let text = "first reply\nsecond reply";
    let prefix = "> ";
    let quoted: Vec<String> = comp![prefix + line for line in text.lines()];
    println!("{}", quoted.join("\n"));
}
