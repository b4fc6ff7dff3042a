use comprehensions::comp;

fn main() {
    let _ = comp![];
}
