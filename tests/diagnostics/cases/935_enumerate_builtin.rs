//! mistake: used Python's builtin `enumerate(..)` as a function in a `&self` method
//! offending: enumerate
//! category: python-habit
use comprehensions::comp;

struct Menu {
    items: Vec<String>,
}

impl Menu {
    fn numbered(&self) -> Vec<String> {
        comp![format!("{}. {}", i + 1, item) for (i, item) in enumerate(&self.items)]
    }
}

fn main() {
    let m = Menu { items: vec!["soup".into(), "bread".into()] };
    println!("{:?}", m.numbered());
}
