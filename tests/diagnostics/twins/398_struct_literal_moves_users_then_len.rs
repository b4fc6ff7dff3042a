struct User {
    name: String,
}

struct Report {
    names: Vec<String>,
    count: usize,
}

fn main() {
    let users = vec![User { name: "ann".to_string() }, User { name: "bo".to_string() }];
    let r = Report {
        names: users.into_iter().map(|u| u.name).collect(),
        count: users.len(),
    };
    println!("{:?} {}", r.names, r.count);
}
