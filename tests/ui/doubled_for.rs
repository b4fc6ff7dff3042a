use comprehensions::comp;

fn main() {
    let xs = vec![1, 2];
    let _ = comp![x for for x in xs];
}
