//! mistake: a three-way `a == b == me` where `me` is a `&String` and the owners are `String`s
//! offending: b.owner == me
//! category: type
use comprehensions::comp;

struct Doc {
    owner: String,
    title: String,
}

fn shared_with_me<'a>(pairs: &'a [(Doc, Doc)], me: &String) -> Vec<&'a str> {
    comp![a.title.as_str() for (a, b) in pairs if a.owner == b.owner == me]
}

fn main() {
    let me = "ann".to_string();
    let pairs = vec![(
        Doc { owner: "ann".into(), title: "plan".into() },
        Doc { owner: "ann".into(), title: "notes".into() },
    )];
    println!("{:?}", shared_with_me(&pairs, &me));
}
