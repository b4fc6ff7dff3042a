//! mistake: parsed integer literals with `.parse()` and no type anywhere to infer it from
//! offending: parse
//! category: type
struct Literal {
    text: String,
}

fn main() {
    let constants = vec![Literal { text: "42".into() }, Literal { text: "7".into() }, Literal { text: "1024".into() }];
    let pool: Vec<_> = constants.iter().map(|lit| lit.text.parse().unwrap()).collect();
    println!("constant pool: {pool:?}");
}
