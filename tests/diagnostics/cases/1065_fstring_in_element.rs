//! mistake: Python f-string pasted as the element of a list comprehension
//! offending: f"{name}: {score}"
//! category: python-habit
use comprehensions::comp;

fn main() {
    let rows = vec![("ann".to_string(), 91), ("bob".to_string(), 78)];
    let lines = comp![f"{name}: {score}" for (name, score) in &rows];
    for l in &lines {
        println!("{l}");
    }
}
