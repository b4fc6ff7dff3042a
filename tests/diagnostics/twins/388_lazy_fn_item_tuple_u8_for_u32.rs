struct Member {
    name: String,
    age: u8,
}

fn name_ages(ms: &[Member]) -> impl Iterator<Item = (String, u32)> + '_ {
    ms.iter().map(move |m| (m.name.clone(), m.age))
}

fn main() {
    let ms = vec![Member { name: "ann".to_string(), age: 31 }];
    for (n, a) in name_ages(&ms) {
        println!("{n}: {a}");
    }
}
