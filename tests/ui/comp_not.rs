use comprehensions::comp;

fn main() {
    let xs = vec![true, false];
    let _ = comp![x for x in xs if not x];
}
