//! mistake: put the filter before the `for` as a conditional element without `else`
//! offending: line if line.contains("segfault")
//! category: syntax

fn main() {
    let kern_log = "May  1 10:00:01 web01 kernel: php-fpm[2211]: segfault at 0 ip 00007f\n\
                    May  1 10:00:02 web01 kernel: eth0: link up";
    let crashes: Vec<&str> = kern_log.lines().map(|line| line if line.contains("segfault")).collect();
    println!("{} crashes", crashes.len());
}
