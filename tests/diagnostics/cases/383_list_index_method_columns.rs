//! mistake: Python's list.index(x) to find a CSV column (Rust: iter().position(|c| *c == x))
//! offending: index
//! category: python-habit
use comprehensions::comp;

fn main() {
    let header: Vec<&str> = "id,name,email,age".split(',').collect();
    let wanted = ["email", "id"];
    // Python: positions = [header.index(col) for col in wanted]
    let positions: Vec<usize> = comp![header.index(col) for col in wanted];
    println!("{:?}", positions);
}
