//! mistake: a three-way `a == b == me` where `me` is a `&String` and the owners are `String`s
//! offending: b.owner == me
//! category: type
struct Doc {
    owner: String,
    title: String,
}

fn shared_with_me<'a>(pairs: &'a [(Doc, Doc)], me: &String) -> Vec<&'a str> {
    pairs
        .iter()
        .filter(|(a, b)| a.owner == b.owner && b.owner == me)
        .map(|(a, _)| a.title.as_str())
        .collect()
}

fn main() {
    let me = "ann".to_string();
    let pairs = vec![(
        Doc { owner: "ann".into(), title: "plan".into() },
        Doc { owner: "ann".into(), title: "notes".into() },
    )];
    println!("{:?}", shared_with_me(&pairs, &me));
}
