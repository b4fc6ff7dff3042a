//! mistake: numbered lines with Python's builtin `enumerate(text.lines())` instead of the method `.enumerate()`
//! offending: enumerate
//! category: python-habit
fn main() {
    let text = "alpha\nbeta\ngamma";
    let mut numbered: Vec<String> = Vec::new();
    for (i, line) in enumerate(text.lines()) {
        numbered.push(format!("{:>3} {}", i + 1, line));
    }
    println!("{}", numbered.join("\n"));
}
