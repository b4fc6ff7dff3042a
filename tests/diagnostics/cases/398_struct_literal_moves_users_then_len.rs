//! mistake: a struct literal's first field consumes `users`, the next field still reads users.len()
//! offending: users.len()
//! category: ownership
use comprehensions::comp;

struct User {
    name: String,
}

struct Report {
    names: Vec<String>,
    count: usize,
}

fn main() {
    let users = vec![User { name: "ann".to_string() }, User { name: "bo".to_string() }];
    // Python: Report(names=[u.name for u in users], count=len(users))
    let r = Report {
        names: comp![u.name for u in users],
        count: users.len(),
    };
    println!("{:?} {}", r.names, r.count);
}
