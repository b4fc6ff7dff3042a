//! mistake: compared a `String` category code with a `char` literal (Python has no char type)
//! offending: m.category == 'D'
//! category: type
struct MenuItem {
    name: &'static str,
    category: String,
}

fn main() {
    let menu = vec![
        MenuItem { name: "panna cotta", category: "D".into() },
        MenuItem { name: "lasagna", category: "M".into() },
    ];
    let desserts: Vec<&str> = menu.iter().filter(|m| m.category == 'D').map(|m| m.name).collect();
    println!("{desserts:?}");
}
