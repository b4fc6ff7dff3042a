use comprehensions::comp;

fn main() {
    let _ = comp![x * 2 for x in 0..3; spawn];
}
