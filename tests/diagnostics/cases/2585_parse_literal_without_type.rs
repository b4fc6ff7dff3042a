//! mistake: parsed integer literals with `.parse()` and no type anywhere to infer it from
//! offending: parse
//! category: type
use comprehensions::comp;

struct Literal {
    text: String,
}

fn main() {
    let constants = vec![Literal { text: "42".into() }, Literal { text: "7".into() }, Literal { text: "1024".into() }];
    let pool = comp![lit.text.parse().unwrap() for lit in &constants];
    println!("constant pool: {pool:?}");
}
