use comprehensions::comp;

fn main() {
    let xs = [1, 2];
    let _ = comp![y for x in xs let y: = x * 2];
}
