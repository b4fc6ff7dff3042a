//! mistake: prefixed each line with Python's string concatenation `prefix + line`, two `&str`s
//! offending: prefix + line
//! category: type
fn main() {
    let text = "first reply\nsecond reply";
    let prefix = "> ";
    let mut quoted: Vec<String> = Vec::new();
    for line in text.lines() {
        quoted.push(prefix + line);
    }
    println!("{}", quoted.join("\n"));
}
