//! mistake: matched `if let Some(ty) = p.annotation` on a borrowed parameter, moving the non-`Copy` type out
//! offending: p.annotation
//! category: ownership
#[derive(Debug)]
enum Type {
    Int,
    List(Box<Type>),
}

struct Param {
    name: String,
    annotation: Option<Type>,
}

fn main() {
    let params = vec![
        Param { name: "xs".into(), annotation: Some(Type::List(Box::new(Type::Int))) },
        Param { name: "k".into(), annotation: None },
    ];
    let mut typed = Vec::new();
    for p in &params {
        if let Some(ty) = p.annotation {
            typed.push((p.name.as_str(), ty));
        }
    }
    println!("{typed:?}");
}
