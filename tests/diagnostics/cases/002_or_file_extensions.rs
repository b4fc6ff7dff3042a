//! mistake: Python's `or` between two string comparisons
//! offending: or
//! category: python-habit
use comprehensions::comp;

fn main() {
    let files = ["cat.png", "notes.txt", "dog.jpg"];
    let images = comp![f for f in files if f.ends_with(".png") or f.ends_with(".jpg")];
    println!("{images:?}");
}
