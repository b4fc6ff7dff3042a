//! mistake: returned `&str` tokens that borrow a lowercased String local to the function
//! offending: comp![w for w in lower.split_whitespace() if w.len() > 2]
//! category: ownership
use comprehensions::comp;

fn normalize(text: &str) -> Vec<&str> {
    let lower = text.to_lowercase();
    comp![w for w in lower.split_whitespace() if w.len() > 2]
}

fn main() {
    println!("{:?}", normalize("Can I CHANGE my Delivery Address"));
}
