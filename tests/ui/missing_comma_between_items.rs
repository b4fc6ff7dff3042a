use comprehensions::comp;

struct Row {
    id: u32,
    name: String,
}

fn weight(a: u32, b: u32) -> u32 {
    a * b
}

fn main() {
    let rows = vec![Row { id: 1, name: "ann".into() }];
    // A forgotten `,` in a tuple element: said as rustc says it by hand,
    // and each item still typed.
    let _ = comp![(r.id r.name.clone()) for r in &rows];
    // In a call's arguments: no second error about the argument count.
    let _ = comp![weight(r.id 2) for r in &rows];
}
