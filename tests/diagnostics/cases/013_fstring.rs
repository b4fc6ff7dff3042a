//! mistake: Python's f-string `f".."` in the element
//! offending: f"
//! category: python-habit
use comprehensions::comp;

fn main() {
    let scores = vec![("ana", 91), ("bo", 78)];
    let report = comp![f"{name}: {score}" for (name, score) in scores];
    println!("{report:?}");
}
