//! mistake: comparing a CSV field kept as `String` with an integer (hand-written)
struct Row {
    name: String,
    age: String,
}

fn main() {
    let rows = vec![
        Row { name: "ann".into(), age: "34".into() },
        Row { name: "kid".into(), age: "9".into() },
    ];
    let mut adults = Vec::new();
    for r in &rows {
        if r.age >= 18 {
            adults.push(r.name.as_str());
        }
    }
    println!("{adults:?}");
}
