//! mistake: matched `if let Some(ty) = p.annotation` on a borrowed parameter, moving the non-`Copy` type out
//! offending: p.annotation
//! category: ownership
use comprehensions::comp;

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
    let typed = comp![(p.name.as_str(), ty) for p in &params if let Some(ty) = p.annotation];
    println!("{typed:?}");
}
