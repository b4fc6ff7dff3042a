//! mistake: forgets `.await` on an async check on the right of `&&` in a filter
//! offending: is_allowed(&u.name)
//! category: async
struct User {
    name: String,
    age: u32,
}

async fn is_allowed(name: &str) -> bool {
    !name.starts_with('x')
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let users = vec![User { name: "ann".to_string(), age: 30 }, User { name: "xav".to_string(), age: 40 }];
    let mut ok = Vec::new();
    for u in &users {
        if u.age >= 18 && is_allowed(&u.name) {
            ok.push(u.name.clone());
        }
    }
    println!("{ok:?}");
}
