use comprehensions::comp;

fn main() {
    let people = [("ann", 31), ("bob", 12)];
    let _ = comp![(name, "adult" if age >= 18) for (name, age) in people];
}
