use comprehensions::comp;

fn main() {
    let xs = vec![Some(1), None];
    let _ = comp![x for x in xs if x is None];
}
