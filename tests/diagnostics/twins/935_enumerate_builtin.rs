//! mistake: used Python's builtin `enumerate(..)` as a function in a `&self` method
//! offending: enumerate
//! category: python-habit
struct Menu {
    items: Vec<String>,
}

impl Menu {
    fn numbered(&self) -> Vec<String> {
        let mut out = Vec::new();
        for (i, item) in enumerate(&self.items) {
            out.push(format!("{}. {}", i + 1, item));
        }
        out
    }
}

fn main() {
    let m = Menu { items: vec!["soup".into(), "bread".into()] };
    println!("{:?}", m.numbered());
}
