use comprehensions::comp;

fn main() {
    let _ = comp![x * 2 for x in range(10)];
}
