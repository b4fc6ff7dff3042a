//! mistake: a walrus inside an inner `for`'s iterable, to keep the split parts
//! offending: parts := line.split(' ')
//! category: syntax
use comprehensions::comp;

fn main() {
    let text = vec!["ab cd", "ef"];
    let words = comp![w for line in &text for w in (parts := line.split(' '))];
    println!("{words:?}");
}
