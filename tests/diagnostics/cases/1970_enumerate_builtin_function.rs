//! mistake: numbered lines with Python's builtin `enumerate(text.lines())` instead of the method `.enumerate()`
//! offending: enumerate
//! category: python-habit
use comprehensions::comp;

fn main() {
    let text = "alpha\nbeta\ngamma";
    let numbered: Vec<String> = comp![format!("{:>3} {}", i + 1, line) for (i, line) in enumerate(text.lines())];
    println!("{}", numbered.join("\n"));
}
