//! mistake: comparing a CSV field kept as `String` with an integer, forgetting Python's `int(r.age)`
//! offending: r.age >= 18
//! category: type
use comprehensions::comp;

struct Row {
    name: String,
    age: String,
}

fn main() {
    let rows = vec![
        Row { name: "ann".into(), age: "34".into() },
        Row { name: "kid".into(), age: "9".into() },
    ];
    // Python: adults = [r["name"] for r in csv.DictReader(f) if int(r["age"]) >= 18]
    let adults = comp![r.name.as_str() for r in &rows if r.age >= 18];
    println!("{adults:?}");
}
