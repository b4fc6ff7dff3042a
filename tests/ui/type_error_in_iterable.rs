use comprehensions::comp;

fn main() {
    let _ = comp![x for x in 5];
}
