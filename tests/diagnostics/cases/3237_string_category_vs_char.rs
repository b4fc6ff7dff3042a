//! mistake: compared a `String` category code with a `char` literal (Python has no char type)
//! offending: m.category == 'D'
//! category: type
use comprehensions::comp;

struct MenuItem {
    name: &'static str,
    category: String,
}

fn main() {
    let menu = vec![
        MenuItem { name: "panna cotta", category: "D".into() },
        MenuItem { name: "lasagna", category: "M".into() },
    ];
    let desserts = comp![m.name for m in &menu if m.category == 'D'];
    println!("{desserts:?}");
}
