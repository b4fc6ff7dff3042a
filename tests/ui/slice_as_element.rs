use comprehensions::comp;

fn main() {
    let names = vec!["Annabel".to_string(), "Bob".to_string()];
    // Python: [n[:3] for n in names]
    let _short = comp![n[..3] for n in &names];
}
