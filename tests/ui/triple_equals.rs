use comprehensions::comp;

fn main() {
    let codes = vec![200, 404];
    let _ = comp![c for c in &codes if *c === 200];
}
