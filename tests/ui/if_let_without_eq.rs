use comprehensions::comp;

fn main() {
    let xs = vec![Some(1), None];
    let _ = comp![y for x in xs if let Some(y) x];
}
