//! mistake: cut the syslog timestamp with Python's slice `line[:15]`
//! offending: [:15]
//! category: python-habit
use comprehensions::comp;

fn main() {
    let auth_log = "Mar  3 10:14:07 web1 sshd[811]: Failed password for root from 203.0.113.4 port 52144 ssh2\n\
                    Mar  3 10:14:09 web1 sshd[811]: Accepted publickey for deploy from 10.0.0.5 port 40022 ssh2";
    let stamps = comp![&line[:15] for line in auth_log.lines() if line.contains("Failed password")];
    println!("{stamps:?}");
}
