fn main() {
    let hosts = vec!["db1", "db2"];
    let ports: Vec<String> = vec!["5432".to_string(), "6432".to_string()];
    let mut endpoints = Vec::new();
    for h in &hosts {
        for p in ports {
            endpoints.push(format!("{h}:{p}"));
        }
    }
    println!("{:?}", endpoints);
}
