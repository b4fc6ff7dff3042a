use comprehensions::comp;

fn main() {
    let names = ["a", "b"];
    let _ = comp![n for n in names if 0 <= n < 5];
}
