use comprehensions::comp;

fn main() {
    let xs = vec![1, 2, 3];
    let _ = comp![match x { 1 => (y := 10), _ => x } for x in xs];
}
